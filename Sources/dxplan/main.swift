import DXPlanner
print("x")
